package com.hedgeflow.engine.hedging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks where to hedge: the candidate with the lowest expected cost per USD of notional (crossing the spread
 * against the mark plus the taker fee); on a tie the one whose lot rounding gets closer to the wanted delta, then
 * the first configured. Per USD rather than in total, because lot rounding makes the sizes differ slightly.
 */
public final class VenueSelector {
    private VenueSelector() {
    }

    /**
     * @param chosen     {@code null} when no candidate could take the hedge
     * @param considered one line per candidate, for the audit log: its cost, or why it could not be used
     */
    public record Choice(HedgeProposal chosen, List<String> considered) {
        public Choice {
            considered = List.copyOf(considered);
        }
    }

    public static Choice choose(ProposalBuilder builder, String id, String underlying, HedgeDecision.Trade trade,
                                double deltaBeforeCoin, double spot, List<ProposalBuilder.Quoted> candidates,
                                Instant now) {
        HedgeProposal best = null;
        List<String> considered = new ArrayList<>();
        for (ProposalBuilder.Quoted q : candidates) {
            ProposalBuilder.Outcome o = builder.build(id, underlying, trade, deltaBeforeCoin, spot, q, now);
            if (!o.proposed()) {
                considered.add(o.whyNot());
                continue;
            }
            HedgeProposal p = o.proposal();
            considered.add(String.format("%s: %s %s, expected cost %.2f USD (%.2f bps)", p.instrument(),
                    p.size(), p.sizeUnit(), p.expectedCostUsd(), p.costBps()));
            if (best == null || better(p, best)) {
                best = p;
            }
        }
        return new Choice(best, considered);
    }

    private static boolean better(HedgeProposal p, HedgeProposal best) {
        double diff = p.costBps() - best.costBps();
        if (Math.abs(diff) > 1e-9) {
            return diff < 0;
        }
        return Math.abs(p.deltaChangeCoin()) > Math.abs(best.deltaChangeCoin()) + 1e-12;
    }
}
