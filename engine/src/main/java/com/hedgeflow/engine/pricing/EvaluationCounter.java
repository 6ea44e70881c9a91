package com.hedgeflow.engine.pricing;

/** Lets tests count how many times a solver prices the option; production passes {@link #NONE}. */
interface EvaluationCounter {
    EvaluationCounter NONE = () -> { };

    void count();
}
