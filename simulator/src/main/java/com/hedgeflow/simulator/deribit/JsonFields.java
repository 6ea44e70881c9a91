package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Number writing shared by the JSON mappers: the model marks a missing value with NaN, the venue with null. */
final class JsonFields {
    private JsonFields() {
    }

    static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
