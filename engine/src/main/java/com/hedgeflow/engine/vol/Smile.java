package com.hedgeflow.engine.vol;

import com.hedgeflow.engine.pricing.YearFraction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The market smile of one expiry: quotes sorted by strike, on one forward.
 *
 * @param years   time to expiry, ACT/365 years (DESIGN.md §3); must be positive
 * @param forward the forward (or the expiry's future) the vols were implied on, quote currency per coin
 * @param points  quotes sorted by strike; at least one; equal strikes are allowed (a call and a put quote)
 */
public record Smile(double years, double forward, List<SmilePoint> points) {
    public Smile {
        if (!(years > 0) || !Double.isFinite(years)) {
            throw new IllegalArgumentException("years to expiry must be positive and finite: " + years);
        }
        if (!(forward > 0) || !Double.isFinite(forward)) {
            throw new IllegalArgumentException("forward must be positive and finite: " + forward);
        }
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("a smile needs at least one quote");
        }
        List<SmilePoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(SmilePoint::strike));
        points = List.copyOf(sorted);
    }

    /** A smile whose expiry is given as instants; years are ACT/365 of real seconds. */
    public static Smile of(Instant valuation, Instant expiry, double forward, List<SmilePoint> points) {
        double years = YearFraction.between(valuation, expiry);
        if (!(years > 0)) {
            throw new IllegalArgumentException("expiry " + expiry + " is not after valuation time " + valuation);
        }
        return new Smile(years, forward, points);
    }

    public int size() {
        return points.size();
    }

    /** ln(K/F) of the i-th quote. */
    public double logMoneyness(int i) {
        return Math.log(points.get(i).strike() / forward);
    }

    /** σ²·T of the i-th quote. */
    public double totalVariance(int i) {
        double vol = points.get(i).impliedVol();
        return vol * vol * years;
    }
}
