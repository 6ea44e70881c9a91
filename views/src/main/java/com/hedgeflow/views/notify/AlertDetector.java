package com.hedgeflow.views.notify;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.hedging.HedgerStatus;
import com.hedgeflow.engine.hedging.KillSwitchState;
import com.hedgeflow.engine.hedging.PendingProposal;
import com.hedgeflow.engine.orders.Order;
import com.hedgeflow.engine.orders.OrderState;
import com.hedgeflow.engine.orders.checks.CheckReport;
import com.hedgeflow.engine.orders.checks.CheckResult;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.views.notify.DeskAlert.Kind;
import com.hedgeflow.views.notify.DeskAlert.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a stream of snapshots into the events worth a notification, each once: it remembers what it saw last time
 * and reports only the differences. Pure and single-threaded (no JavaFX); the view calls it once per render.
 *
 * <p>What it watches:
 * <ul>
 *   <li>feeds leaving CONNECTED for RECONNECTING or STOPPED, and coming back;</li>
 *   <li>a CONNECTED venue whose last market message is older than {@link #STALE_AFTER} (once, until it recovers or
 *       the feed drops);</li>
 *   <li>the hedger's open orders: partial fills, IN_DOUBT, and their end. The hedger lists only unfinished orders, so
 *       an order usually just disappears; a terminal state is reported when one is seen, otherwise the order is
 *       reported as closed with what was filled when it was last seen;</li>
 *   <li>proposals the pre-trade checks block, automatic mode switched off by the hedger, the kill switch.</li>
 * </ul>
 * Liquidity traps are not detected: the snapshot carries no order-book depth.
 */
public final class AlertDetector {

    public static final Duration STALE_AFTER = Duration.ofSeconds(5);

    private final Map<String, FeedState> feedStates = new HashMap<>();
    /** Venues reported down and not yet back: only those get a "back" alert. */
    private final Set<String> down = new HashSet<>();
    private final Set<String> stale = new HashSet<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Set<String> blockedProposals = new HashSet<>();
    private String autoOffReason = "";
    private boolean killEngaged;

    /**
     * The alerts new since the last call, in a stable order (feeds, stale data, hedger).
     *
     * @param hedger the hedger's state, or {@code null} without a hedger (or before it started): hedger alerts are
     *               then skipped and its memory kept
     */
    public List<DeskAlert> detect(RiskSnapshot snapshot, HedgerStatus hedger, Instant now) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(now, "now");
        List<DeskAlert> out = new ArrayList<>();
        feeds(snapshot, now, out);
        if (hedger != null) {
            kill(hedger.killSwitch(), now, out);
            autoOff(hedger.autoOffReason(), now, out);
            proposals(hedger.pending(), now, out);
            orders(hedger.openOrders(), now, out);
        }
        return out;
    }

    // ---------------------------------------------------------------- feeds

    private void feeds(RiskSnapshot snapshot, Instant now, List<DeskAlert> out) {
        for (FeedStatus f : snapshot.feeds()) {
            String venue = f.venue();
            FeedState before = feedStates.put(venue, f.state());
            FeedState state = f.state();
            boolean lost = state == FeedState.RECONNECTING || state == FeedState.STOPPED;
            if (lost && before == FeedState.CONNECTED) {
                down.add(venue);
                stale.remove(venue);
                String detail = f.detail() == null || f.detail().isBlank() ? "" : ": " + f.detail();
                out.add(new DeskAlert(Kind.FEED_DOWN, state == FeedState.STOPPED ? Severity.ERROR : Severity.WARN,
                        "feed:" + venue, venue + " feed " + state.name().toLowerCase(Locale.ROOT),
                        "Market data from " + venue + " lost" + detail, now));
            } else if (state == FeedState.CONNECTED && down.remove(venue)) {
                out.add(new DeskAlert(Kind.FEED_BACK, Severity.INFO, "feed:" + venue, venue + " feed connected",
                        "Market data from " + venue + " is flowing again", now));
            }
            if (state == FeedState.CONNECTED) {
                staleness(venue, lastMessage(snapshot, f), now, out);
            } else {
                stale.remove(venue);
            }
        }
    }

    /** The last message, or when the feed connected if nothing came since (a silent connection is stale too). */
    private static Instant lastMessage(RiskSnapshot snapshot, FeedStatus f) {
        Instant last = snapshot.lastMessageAt().get(f.venue());
        return last != null ? last : f.since();
    }

    private void staleness(String venue, Instant last, Instant now, List<DeskAlert> out) {
        if (last == null) {
            return;
        }
        Duration age = Duration.between(last, now);
        if (age.compareTo(STALE_AFTER) > 0) {
            if (stale.add(venue)) {
                out.add(new DeskAlert(Kind.STALE_DATA, Severity.WARN, "stale:" + venue, venue + " data stale",
                        String.format(Locale.ROOT, "No message from %s for %.1f s while connected", venue,
                                age.toMillis() / 1000.0), now));
            }
        } else {
            stale.remove(venue);
        }
    }

    // ---------------------------------------------------------------- hedger

    private void kill(KillSwitchState kill, Instant now, List<DeskAlert> out) {
        boolean engaged = kill != null && kill.engaged();
        if (engaged && !killEngaged) {
            String by = kill.by() == null || kill.by().isBlank() ? "" : " by " + kill.by();
            String why = kill.reason() == null || kill.reason().isBlank() ? "" : ": " + kill.reason();
            out.add(new DeskAlert(Kind.KILL_ENGAGED, Severity.ERROR, "kill", "Kill switch engaged",
                    "Hedging stopped" + by + why, now));
        } else if (!engaged && killEngaged) {
            out.add(new DeskAlert(Kind.KILL_RELEASED, Severity.INFO, "kill", "Kill switch released",
                    "Hedging may resume; automatic mode stays off until switched on", now));
        }
        killEngaged = engaged;
    }

    private void autoOff(String reason, Instant now, List<DeskAlert> out) {
        String r = reason == null ? "" : reason;
        if (!r.isEmpty() && !r.equals(autoOffReason)) {
            out.add(new DeskAlert(Kind.AUTO_OFF, Severity.ERROR, "auto-off", "Automatic hedging switched off", r,
                    now));
        }
        autoOffReason = r;
    }

    private void proposals(List<PendingProposal> pending, Instant now, List<DeskAlert> out) {
        Set<String> current = new HashSet<>();
        for (PendingProposal p : pending) {
            CheckReport checks = p.checks();
            String id = p.proposal().id();
            if (checks == null) {
                continue;
            }
            List<CheckResult> blocks = checks.blocking(false);
            if (blocks.isEmpty()) {
                continue;
            }
            current.add(id);
            if (!blockedProposals.contains(id)) {
                boolean hard = checks.hasHardBlock();
                String what = blocks.stream().map(b -> b.id() + " " + b.name() + ": " + b.reason())
                        .collect(Collectors.joining("; "));
                out.add(new DeskAlert(Kind.PROPOSAL_BLOCKED, hard ? Severity.ERROR : Severity.WARN,
                        "proposal:" + id, (hard ? "Hedge blocked " : "Hedge needs confirmation ") + id,
                        p.proposal().side() + " " + size(p.proposal().size()) + " " + p.proposal().sizeUnit() + " "
                                + p.proposal().instrument().name() + " \u2014 " + what, now));
            }
        }
        blockedProposals.retainAll(current);
        blockedProposals.addAll(current);
    }

    private void orders(List<Order> open, Instant now, List<DeskAlert> out) {
        Map<String, Order> current = new LinkedHashMap<>();
        for (Order o : open) {
            current.put(o.clientOrderId(), o);
            Order before = orders.get(o.clientOrderId());
            OrderState was = before == null ? null : before.state();
            if (o.state() == was && (o.state() != OrderState.PARTIALLY_FILLED
                    || o.filledSize() <= before.filledSize())) {
                continue;
            }
            DeskAlert a = orderAlert(o, now);
            if (a != null) {
                out.add(a);
            }
        }
        for (Order gone : orders.values()) {
            if (!current.containsKey(gone.clientOrderId()) && !gone.state().isTerminal()) {
                String filled = gone.filledSize() > 0
                        ? size(gone.filledSize()) + " of " + size(gone.intent().size()) + " filled when last seen"
                        : "nothing filled when last seen (" + gone.state() + ")";
                out.add(new DeskAlert(Kind.ORDER_CLOSED, gone.filledSize() > 0 ? Severity.GOOD : Severity.INFO,
                        "order:" + gone.clientOrderId(), "Order closed " + gone.clientOrderId(),
                        describe(gone) + " \u2014 " + filled + "; see the blotter", now));
            }
        }
        orders.clear();
        orders.putAll(current);
    }

    private static DeskAlert orderAlert(Order o, Instant now) {
        String key = "order:" + o.clientOrderId();
        String id = o.clientOrderId();
        String note = o.note().isBlank() ? "" : " \u2014 " + o.note();
        switch (o.state()) {
            case PARTIALLY_FILLED:
                return new DeskAlert(Kind.ORDER_PARTIALLY_FILLED, Severity.GOOD, key, "Partial fill " + id,
                        describe(o) + " \u2014 " + size(o.filledSize()) + " filled" + avg(o), now);
            case FILLED:
                return new DeskAlert(Kind.ORDER_FILLED, Severity.GOOD, key, "Filled " + id, describe(o) + avg(o), now);
            case REJECTED:
                return new DeskAlert(Kind.ORDER_REJECTED, Severity.ERROR, key, "Rejected " + id, describe(o) + note,
                        now);
            case CANCELLED:
                return new DeskAlert(Kind.ORDER_CANCELLED, Severity.WARN, key, "Cancelled " + id,
                        describe(o) + " \u2014 " + size(o.filledSize()) + " filled" + note, now);
            case IN_DOUBT:
                return new DeskAlert(Kind.ORDER_IN_DOUBT, Severity.ERROR, key, "Order in doubt " + id,
                        describe(o) + " \u2014 the venue may or may not hold it" + note, now);
            default:
                return null; // INTENT, SENT, ACKNOWLEDGED: routine
        }
    }

    private static String describe(Order o) {
        return o.intent().side() + " " + size(o.intent().size()) + " " + o.intent().instrument().name() + " @ "
                + size(o.intent().limitPrice()) + " on " + o.intent().venue();
    }

    private static String avg(Order o) {
        return Double.isNaN(o.averagePrice()) ? "" : " at avg " + size(o.averagePrice());
    }

    private static String size(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.4f", v).replaceAll("0+$", "");
    }
}
