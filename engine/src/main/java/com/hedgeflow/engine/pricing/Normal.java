package com.hedgeflow.engine.pricing;

/** Standard normal density and distribution. */
public final class Normal {
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private Normal() {
    }

    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Hart's double-precision rational approximation (as arranged by G. West, 2005): absolute error near
     * 1e-15 over the whole line, and it keeps relative accuracy in the far tails where {@code 1 - N(-x)}
     * would cancel.
     */
    public static double cdf(double x) {
        double z = Math.abs(x);
        double tail;
        if (z > 37.0) {
            tail = 0.0;
        } else {
            double e = Math.exp(-0.5 * z * z);
            if (z < 7.07106781186547) {
                double num = ((((((3.52624965998911e-02 * z + 0.700383064443688) * z + 6.37396220353165) * z
                        + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
                double den = (((((((8.83883476483184e-02 * z + 1.75566716318264) * z + 16.064177579207) * z
                        + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z
                        + 793.826512519948) * z + 440.413735824752);
                tail = e * num / den;
            } else {
                double b = z + 0.65;
                b = z + 4.0 / b;
                b = z + 3.0 / b;
                b = z + 2.0 / b;
                b = z + 1.0 / b;
                tail = e / b / 2.506628274631;
            }
        }
        return x > 0 ? 1.0 - tail : tail;
    }
}
