package com.hedgeflow.simulator.deribit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * Subscribe and unsubscribe (venues.md §1.5). The result lists what actually changed: channels this venue
 * does not publish, or may not give this caller, are simply absent, and the client diffs the lists.
 */
final class SubscriptionMethods {
    private final Channels channels;

    SubscriptionMethods(Channels channels) {
        this.channels = channels;
    }

    void register(MethodTable table) {
        for (String side : List.of("public", "private")) {
            table.add(side + "/subscribe", this::subscribe);
            table.add(side + "/unsubscribe", this::unsubscribe);
            table.add(side + "/unsubscribe_all", call -> {
                call.connection().unsubscribeAll();
                return TextNode.valueOf("ok");
            });
        }
    }

    private JsonNode subscribe(RpcCall call) throws RpcError {
        List<String> requested = call.params().requiredTextList("channels");
        List<String> accepted = requested.stream()
                .distinct()
                .filter(c -> channels.accepts(c, call.authenticated()))
                .toList();
        return array(call.connection().subscribe(accepted));
    }

    private JsonNode unsubscribe(RpcCall call) throws RpcError {
        return array(call.connection().unsubscribe(call.params().requiredTextList("channels")));
    }

    private static ArrayNode array(List<String> channels) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        channels.forEach(out::add);
        return out;
    }
}
