package com.hedgeflow.engine.scenario;

/**
 * What to revalue the own book under: every combination of an index move and a parallel vol move, after rolling
 * time forward, with vols following {@link VolDynamics}.
 */
public final class ScenarioGrid {
    private final double[] spotShifts;
    private final double[] volShiftsPoints;
    private final double rollDays;
    private final VolDynamics dynamics;

    /**
     * @param spotShifts      relative index moves, e.g. -0.20 for -20%
     * @param volShiftsPoints parallel vol moves in vol points, e.g. -20 (0.20 of vol)
     * @param rollDays        calendar days to roll every expiry forward before revaluing, 0 for none
     */
    public ScenarioGrid(double[] spotShifts, double[] volShiftsPoints, double rollDays, VolDynamics dynamics) {
        if (spotShifts.length == 0 || volShiftsPoints.length == 0) {
            throw new IllegalArgumentException("scenario grid needs at least one spot and one vol shift");
        }
        for (double s : spotShifts) {
            if (!(s > -1) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("spot shift must be finite and above -100%, got " + s);
            }
        }
        for (double v : volShiftsPoints) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("vol shift must be finite, got " + v);
            }
        }
        if (!(rollDays >= 0) || Double.isInfinite(rollDays)) {
            throw new IllegalArgumentException("roll must be finite and >= 0 days, got " + rollDays);
        }
        if (dynamics == null) {
            throw new IllegalArgumentException("vol dynamics are required");
        }
        this.spotShifts = spotShifts.clone();
        this.volShiftsPoints = volShiftsPoints.clone();
        this.rollDays = rollDays;
        this.dynamics = dynamics;
    }

    /** Index −20%..+20% in 5% steps × vol −20..+20 points in 5-point steps, no roll, sticky strike. */
    public static ScenarioGrid defaults() {
        return new ScenarioGrid(steps(-0.20, 0.20, 9), steps(-20, 20, 9), 0, VolDynamics.STICKY_STRIKE);
    }

    /** {@code count} evenly spaced values from {@code from} to {@code to} inclusive. */
    public static double[] steps(double from, double to, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one step, got " + count);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = count == 1 ? from : (i == count - 1 ? to : from + (to - from) * i / (count - 1));
        }
        return out;
    }

    public ScenarioGrid withRollDays(double days) {
        return new ScenarioGrid(spotShifts, volShiftsPoints, days, dynamics);
    }

    public ScenarioGrid withDynamics(VolDynamics newDynamics) {
        return new ScenarioGrid(spotShifts, volShiftsPoints, rollDays, newDynamics);
    }

    public int spotCount() {
        return spotShifts.length;
    }

    public int volCount() {
        return volShiftsPoints.length;
    }

    public double spotShift(int j) {
        return spotShifts[j];
    }

    public double volShiftPoints(int k) {
        return volShiftsPoints[k];
    }

    public double rollDays() {
        return rollDays;
    }

    public VolDynamics dynamics() {
        return dynamics;
    }
}
