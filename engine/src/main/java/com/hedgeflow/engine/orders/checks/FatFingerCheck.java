package com.hedgeflow.engine.orders.checks;

import com.hedgeflow.engine.orders.LotSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PT-08: a size off the lot or a price off the tick is refused outright (the venue would reject it, and it is a
 * typo more often than not); a size far above the desk's usual clip (k × the median of the last 20 orders, or the
 * configured typical size until there are 5) needs a person to confirm.
 */
public final class FatFingerCheck implements PreTradeCheck {
    static final String ID = "PT-08";
    static final String NAME = "fat finger";

    @Override
    public CheckResult check(OrderTicket t, PreTradeContext c) {
        double step = LotSize.step(t.instrument());
        if (t.size() < LotSize.minimum(t.instrument()) || !LotSize.onStep(t.size(), step)) {
            return CheckResult.hard(ID, NAME, String.format("size %s is not a whole number of lots of %s (minimum"
                    + " %s)", t.size(), step, LotSize.minimum(t.instrument())));
        }
        double tick = t.instrument().tickSize();
        if (tick > 0 && !LotSize.onStep(t.limitPrice(), tick)) {
            return CheckResult.hard(ID, NAME, String.format("limit %s is off the tick %s", t.limitPrice(), tick));
        }
        List<Double> recent = c.orders().recentSentSizes(t.instrument().key(), PreTradeLimits.FAT_FINGER_HISTORY);
        double typical;
        String basis;
        if (recent.size() >= PreTradeLimits.FAT_FINGER_MIN_HISTORY) {
            typical = median(recent);
            basis = "the median of the last " + recent.size() + " orders";
        } else {
            InstrumentLimits l = c.limits().limitsFor(t.instrument().key());
            typical = l == null ? 0 : l.typicalSize();
            basis = "the configured typical size";
        }
        if (!(typical > 0)) {
            return CheckResult.pass(ID, NAME, "no typical size to compare with yet");
        }
        double k = c.limits().fatFingerMultiple();
        if (t.size() > k * typical) {
            return CheckResult.soft(ID, NAME, String.format("size %s is %.1f× %s (%s); the limit is %.1f×",
                    t.size(), t.size() / typical, basis, typical, k));
        }
        return CheckResult.pass(ID, NAME, String.format("size %s is %.1f× %s", t.size(), t.size() / typical, basis));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
