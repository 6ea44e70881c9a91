package com.hedgeflow.engine.vol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two numerical workhorses on problems with known answers. */
class SolversTest {

    @Test
    void brentFindsRootsOfSmoothAndKinkedFunctions() {
        assertEquals(Math.cbrt(2), RootFinder.brent(x -> x * x * x - 2, 0, 5, 1e-14), 1e-13);
        assertEquals(0.3, RootFinder.brent(x -> x < 0.3 ? -1e-3 * (0.3 - x) : 5 * (x - 0.3), -1, 1, 1e-14), 1e-13);
        assertEquals(1.0, RootFinder.brent(x -> x - 1, 1, 2, 1e-14), 0.0);
        assertThrows(IllegalArgumentException.class, () -> RootFinder.brent(x -> x * x + 1, -1, 1, 1e-12));
    }

    @Test
    void nelderMeadMinimisesRosenbrock() {
        NelderMead.Objective rosenbrock = x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
        NelderMead.Result r = NelderMead.minimize(rosenbrock, new double[] {-1.2, 1}, new double[] {0.1, 0.1},
                new double[] {-5, -5}, new double[] {5, 5}, 1e-10, 0, 0, 5000);
        assertEquals(1.0, r.x()[0], 1e-6);
        assertEquals(1.0, r.x()[1], 1e-6);
    }

    @Test
    void nelderMeadStaysInTheBox() {
        // Unconstrained minimum at (3, 3), outside the box: the answer is the nearest corner.
        NelderMead.Objective bowl = x -> Math.pow(x[0] - 3, 2) + Math.pow(x[1] - 3, 2);
        NelderMead.Result r = NelderMead.minimize(bowl, new double[] {0, 0}, new double[] {0.5, 0.5},
                new double[] {-1, -1}, new double[] {1, 1}, 1e-10, 0, 0, 2000);
        assertEquals(1.0, r.x()[0], 1e-8);
        assertEquals(1.0, r.x()[1], 1e-8);
        assertTrue(r.evaluations() <= 2000);
    }
}
