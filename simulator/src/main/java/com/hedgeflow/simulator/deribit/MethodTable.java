package com.hedgeflow.simulator.deribit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Method name to handler. Filled once at start-up, read concurrently after. */
final class MethodTable {
    private final Map<String, RpcMethod> methods = new HashMap<>();

    MethodTable add(String name, RpcMethod method) {
        if (methods.putIfAbsent(name, method) != null) {
            throw new IllegalStateException("method registered twice: " + name);
        }
        return this;
    }

    Optional<RpcMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }
}
