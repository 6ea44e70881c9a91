package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKey;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Position;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionChainAssemblerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T08:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofSeconds(7_884_000)); // 0.25 of 365 days

    private static Instrument option(String name, double strike, OptionType type) {
        return new Instrument("deribit", name, "BTC", InstrumentKind.OPTION, Settlement.INVERSE, EXPIRY, strike, type,
                1, 0.0005, 0.1);
    }

    private static Quote quote(Instrument i, double iv, double underlying, double oi) {
        return new Quote(i.key(), NOW, Double.NaN, Double.NaN, 0.05, iv, underlying, 100_000, oi);
    }

    @Test
    void mapsVenueUnitsIntoTheChain() {
        Instrument call = option("BTC-1APR26-100000-C", 100_000, OptionType.CALL);
        Instrument put = option("BTC-1APR26-90000-P", 90_000, OptionType.PUT);
        Instrument noIv = option("BTC-1APR26-80000-P", 80_000, OptionType.PUT);
        Instrument perp = new Instrument("deribit", "BTC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
                Settlement.INVERSE, null, Double.NaN, null, 10, 0.5, 10);
        Instrument usdc = new Instrument("deribit", "BTC_USDC-PERPETUAL", "BTC", InstrumentKind.PERPETUAL,
                Settlement.LINEAR, null, Double.NaN, null, 0.001, 1, 0.001);
        Instrument eth = new Instrument("deribit", "ETH-1APR26-3000-C", "ETH", InstrumentKind.OPTION,
                Settlement.INVERSE, EXPIRY, 3_000, OptionType.CALL, 1, 0.0005, 1);
        Map<InstrumentKey, Quote> quotes = Map.of(
                call.key(), quote(call, 0.6, 101_000, 842.1),
                put.key(), quote(put, 0.65, Double.NaN, 0),
                noIv.key(), quote(noIv, Double.NaN, 101_000, 10),
                eth.key(), quote(eth, 0.7, 3_000, 10));
        List<Position> positions = List.of(
                new Position(call.key(), 10, 0.05),
                new Position(call.key(), -4, 0.05),
                new Position(noIv.key(), 2, 0.01),
                new Position(perp.key(), -500_000, 99_000),
                new Position(usdc.key(), 1.5, 99_000));

        OptionChainAssembler.Assembly a = OptionChainAssembler.assemble("BTC", 100_000, NOW,
                List.of(call, put, noIv, perp, usdc, eth), quotes::get, positions);
        OptionChain chain = a.chain();

        assertEquals(2, chain.size());
        assertEquals(List.of("BTC-1APR26-80000-P"), a.unpricedPositions());
        assertEquals(1.01, chain.forwardRatio(0), 1e-15);
        assertEquals(1.0, chain.forwardRatio(1), "no underlying price: the forward is the index");
        assertEquals(0.25, chain.years(0), 1e-12);
        assertEquals(842.1, chain.openInterestContracts(0), 1e-12);
        assertEquals(6, chain.ownSizeCoin(0));
        assertEquals(0, chain.ownSizeCoin(1));
        assertEquals(-500_000, chain.inverseDeltaOneUsd());
        assertEquals(1.5, chain.linearDeltaOneCoin());
    }
}
