package com.hedgeflow.simulator;

import static com.hedgeflow.simulator.RpcTestClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hedgeflow.simulator.market.IndexPath;
import com.hedgeflow.simulator.market.MarketModel;
import com.hedgeflow.simulator.market.Rounding;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VenueLifecycleTest {
    @Test
    void dropAllConnectionsClosesEveryClient() throws Exception {
        try (SimulatedVenue venue = SimulatedVenue.start(SimulatorConfig.builder().build());
                RpcTestClient a = RpcTestClient.connect(venue.deribitWebSocketUri());
                RpcTestClient b = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            a.result("public/test", params());
            b.result("public/test", params());
            assertEquals(2, venue.connectionCount());
            venue.dropAllConnections();
            assertNotNull(a.ended.get(3, TimeUnit.SECONDS));
            assertNotNull(b.ended.get(3, TimeUnit.SECONDS));
            assertEquals(0, venue.connectionCount());
            try (RpcTestClient again = RpcTestClient.connect(venue.deribitWebSocketUri())) {
                again.result("public/test", params());
                assertEquals(1, venue.connectionCount());
            }
            waitFor(() -> venue.connectionCount() == 0);
        }
    }

    @Test
    void closeFreesThePort() throws Exception {
        SimulatedVenue venue = SimulatedVenue.start(SimulatorConfig.builder().build());
        int port = venue.port();
        venue.close();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, socket.getLocalPort());
        }
    }

    @Test
    void sameSeedPublishesTheSameIndexPath() throws Exception {
        List<Double> expected = new ArrayList<>();
        IndexPath path = MarketModel.indexPath(99, 200.0);
        for (int i = 0; i < 2_000; i++) {
            expected.add(Rounding.decimals(path.next(), 2));
        }
        List<Double> first = indexPrices(99, 5);
        List<Double> second = indexPrices(99, 5);
        assertConsecutiveIn(expected, first);
        assertConsecutiveIn(expected, second);

        IndexPath other = MarketModel.indexPath(100, 200.0);
        assertNotEquals(expected.get(0), Rounding.decimals(other.next(), 2));
    }

    private static List<Double> indexPrices(long seed, int count) throws Exception {
        try (SimulatedVenue venue = SimulatedVenue.start(SimulatorConfig.builder().seed(seed).build());
                RpcTestClient c = RpcTestClient.connect(venue.deribitWebSocketUri())) {
            c.result("public/subscribe", params("channels", List.of("deribit_price_index.btc_usd")));
            List<Double> prices = new ArrayList<>();
            while (prices.size() < count) {
                JsonNode n = c.notifications.poll(2, TimeUnit.SECONDS);
                assertNotNull(n);
                prices.add(n.get("params").get("data").get("price").asDouble());
            }
            return prices;
        }
    }

    private static void assertConsecutiveIn(List<Double> path, List<Double> seen) {
        int start = path.indexOf(seen.get(0));
        assertTrue(start >= 0, "first published price " + seen.get(0) + " is on the seeded path");
        assertEquals(path.subList(start, start + seen.size()), seen);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 3_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean());
    }
}
