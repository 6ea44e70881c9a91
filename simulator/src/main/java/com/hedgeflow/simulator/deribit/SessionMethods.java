package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/** Connection housekeeping: hello, test, server time and the heartbeat. */
final class SessionMethods {
    /** The API version Deribit reports; clients only log it. */
    static final String API_VERSION = "1.2.26";

    private final Clock clock;
    private final Envelope envelope;
    private final ScheduledExecutorService scheduler;
    private final int heartbeatMinimumSeconds;

    SessionMethods(Clock clock, Envelope envelope, ScheduledExecutorService scheduler, int heartbeatMinimumSeconds) {
        this.clock = clock;
        this.envelope = envelope;
        this.scheduler = scheduler;
        this.heartbeatMinimumSeconds = heartbeatMinimumSeconds;
    }

    void register(MethodTable table) {
        table.add("public/hello", call -> version());
        table.add("public/test", this::test);
        table.add("public/get_time", call -> LongNode.valueOf(clock.millis()));
        table.add("public/set_heartbeat", this::setHeartbeat);
        table.add("public/disable_heartbeat", call -> {
            call.connection().setHeartbeat(null);
            return TextNode.valueOf("ok");
        });
    }

    private ObjectNode test(RpcCall call) throws RpcError {
        // Any public/test proves the client alive, even one that asks for an error.
        call.connection().testAnswered();
        String expected = call.params().optionalText("expected_result");
        if ("exception".equals(expected)) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("reason", "expected_result=exception");
            throw new RpcError(RpcError.INTERNAL_SERVER_ERROR, "internal_server_error", data);
        }
        return version();
    }

    private TextNode setHeartbeat(RpcCall call) throws RpcError {
        long interval = call.params().requiredLong("interval");
        if (interval < heartbeatMinimumSeconds) {
            throw RpcError.invalidParam("interval", "must be at least " + heartbeatMinimumSeconds);
        }
        if (interval > 3600) {
            throw RpcError.invalidParam("interval", "must be at most 3600");
        }
        DeribitConnection connection = call.connection();
        connection.setHeartbeat(new Heartbeat(connection, envelope, scheduler, (int) interval));
        return TextNode.valueOf("ok");
    }

    private static ObjectNode version() {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("version", API_VERSION);
        return result;
    }
}
