package com.hedgeflow.engine.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Reference values from mpmath at 40 to 60 digits, taken at the exact binary value of each argument. */
class NormalTest {
    private static final double EPS = Math.ulp(1.0);

    @Test
    void lowerTailKeepsFullRelativePrecision() {
        // {x, N(x)}: the old Hart/West tail kept about 9 digits below -8; these are checked to 4 ulps.
        double[][] reference = {
                {-38.4, 6.6015998543267680242e-323},
                {-37.0, 5.7255712225245768227e-300},
                {-30.0, 4.9067139271481870595e-198},
                {-20.0, 2.7536241186062336951e-89},
                {-12.5, 3.7325642988777133772e-36},
                {-10.0, 7.619853024160526066e-24},
                {-8.0, 6.2209605742717841235e-16},
                {-6.0, 9.865876450376981407e-10},
                {-5.0, 2.8665157187919391167e-7},
                {-3.0, 0.0013498980316300945267},
                {-2.0, 0.0227501319481792072},
                {-1.5, 0.066807201268858066004},
                {-1.0, 0.15865525393145705141},
                {-0.66, 0.25462691467133613764},
                {-0.5, 0.30853753872598689636},
                {-0.1, 0.46017216272297101633},
        };
        for (double[] r : reference) {
            double tolerance = r[1] < 1e-300 ? 1e-2 * r[1] : 4 * EPS * r[1];
            assertEquals(r[1], Normal.cdf(r[0]), tolerance, "N(" + r[0] + ")");
        }
    }

    @Test
    void upperHalfIsAccurateToTheUlp() {
        double[][] reference = {
                {0.3, 0.61791142218895263307},
                {0.7, 0.75803634777692697138},
                {1.3, 0.90319951541438967446},
                {2.5, 0.99379033467422386483},
                {5.0, 0.99999971334842812081},
                {9.0, 1.0},
        };
        for (double[] r : reference) {
            assertEquals(r[1], Normal.cdf(r[0]), 2 * EPS, "N(" + r[0] + ")");
        }
        assertEquals(0.5, Normal.cdf(0.0), 0.0);
        assertEquals(0.0, Normal.cdf(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(1.0, Normal.cdf(Double.POSITIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(Normal.cdf(Double.NaN)));
    }

    @Test
    void densityMatchesReference() {
        double[][] reference = {
                {-37.0, 2.1200065515246056269e-298},
                {-12.5, 4.6951953579751459996e-35},
                {-1.0, 0.2419707245191433498},
                {0.3, 0.38138781546052408688},
                {9.0, 1.0279773571668914795e-18},
        };
        for (double[] r : reference) {
            assertEquals(r[1], Normal.pdf(r[0]), 4 * EPS * r[1], "phi(" + r[0] + ")");
        }
    }

    @Test
    void errorFunctionMatchesReferenceOnEachOfCodysIntervals() {
        // {y, erfc(y), erfcx(y)}
        double[][] reference = {
                {0.1, 0.8875370839817151016, 0.89645697996912663666},
                {0.46875, 0.50738652678206200841, 0.63206968924955607816},
                {0.5, 0.47950012218695346232, 0.61569034419292587487},
                {1.0, 0.15729920705028513066, 0.42758357615580700441},
                {2.0, 0.0046777349810472658379, 0.25539567631050574387},
                {3.9, 3.4792248597231767129e-8, 0.14031418160068973568},
                {4.0, 1.5417257900280018852e-8, 0.13699945762506138989},
                {4.1, 6.7000276540849184417e-9, 0.13383411641865199373},
                {6.0, 2.1519736712498913117e-17, 0.092776567800538354389},
                {10.0, 2.088487583762544757e-45, 0.056140992743822585858},
                {26.0, 5.6631924088561428465e-296, 0.021683584850562906616},
        };
        for (double[] r : reference) {
            assertEquals(r[1], ErrorFunction.erfc(r[0]), 4 * EPS * r[1], "erfc(" + r[0] + ")");
            assertEquals(r[2], ErrorFunction.erfcx(r[0]), 4 * EPS * r[2], "erfcx(" + r[0] + ")");
        }
        assertEquals(5.0089800807622834663, ErrorFunction.erfcx(-1.0), 8 * EPS * 5.01);
        assertEquals(1.0442939379528287901e+174, ErrorFunction.erfcx(-20.0), 1e-14 * 1.05e174);
    }

    @Test
    void quantileMatchesReference() {
        double[][] reference = {
                {1e-300, -37.047096299361199237},
                {1e-20, -9.2623400897984075796},
                {1e-5, -4.2648907939228246102},
                {0.01, -2.3263478740408410931},
                {0.02425, -1.9729610513118848376},
                {0.1, -1.2815515655446004353},
                {0.3, -0.52440051270804081597},
                {0.975, 1.9599639845400538556},
                {0.999999, 4.7534243088170877657},
        };
        for (double[] r : reference) {
            assertEquals(r[1], Normal.inverseCdf(r[0]), 1e-14 * Math.abs(r[1]), "inverse N(" + r[0] + ")");
        }
        assertEquals(0.0, Normal.inverseCdf(0.5), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, Normal.inverseCdf(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Normal.inverseCdf(1.0));
        assertTrue(Double.isNaN(Normal.inverseCdf(1.5)));
    }

    @Property
    void symmetryHoldsToTheUlp(@ForAll @DoubleRange(min = -40, max = 40) double x) {
        // N(x) + N(-x) = 1 is only as good as the larger term's ulp.
        assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 2 * EPS);
    }

    @Property
    void densityIsTheSlopeOfTheDistribution(@ForAll @DoubleRange(min = -35, max = 8) double x) {
        double h = 1e-5;
        double slope = (Normal.cdf(x + h) - Normal.cdf(x - h)) / (2 * h);
        // Relative in the lower tail, absolute near the top where N is close to one.
        assertEquals(Normal.pdf(x), slope, 1e-8 * Normal.pdf(x) + 1e-10);
    }

    @Property
    void quantileInvertsTheDistribution(@ForAll @DoubleRange(min = -37, max = 8) double x) {
        double p = Normal.cdf(x);
        // The quantile is as accurate as p pins x down: dx = dp / pdf, dp a couple of ulps of p.
        double conditioning = 4 * Math.ulp(p) / Normal.pdf(x);
        assertEquals(x, Normal.inverseCdf(p), 1e-14 * Math.max(1, Math.abs(x)) + conditioning);
    }

    @Test
    void sharedDensityFormMatchesTheDirectOne() {
        for (double x = -38; x <= 9; x += 0.37) {
            assertEquals(Normal.cdf(x), Normal.cdf(x, Normal.pdf(x)), 4 * EPS * Normal.cdf(x), "N(" + x + ")");
        }
    }
}
