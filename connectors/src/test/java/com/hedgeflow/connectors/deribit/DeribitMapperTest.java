package com.hedgeflow.connectors.deribit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.connectors.common.MalformedMessageException;
import com.hedgeflow.engine.market.Instrument;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Quote;
import com.hedgeflow.engine.market.Settlement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeribitMapperTest {
    private final ObjectMapper json = new ObjectMapper();
    private final DeribitMapper mapper = new DeribitMapper("deribit");

    @Test
    void optionTickerKeepsCoinMarkAndTurnsPercentIvIntoDecimal() throws Exception {
        Quote q = mapper.quote(read("""
                {"instrument_name":"BTC-27DEC24-100000-C","timestamp":1735000000000,"state":"open",
                 "mark_price":0.0421,"mark_iv":52.3,"best_bid_price":0.0415,"best_bid_amount":12.5,
                 "best_ask_price":null,"best_ask_amount":0,"underlying_price":97250.4,
                 "underlying_index":"BTC-27DEC24","index_price":97110.2,"open_interest":842.1,
                 "greeks":{"delta":0.4512,"gamma":0.00003,"vega":48.21,"theta":-95.44,"rho":9.87},
                 "some_future_field":{"x":1}}"""));
        assertEquals("BTC-27DEC24-100000-C", q.instrument().name());
        assertEquals(Instant.ofEpochMilli(1735000000000L), q.timestamp());
        assertEquals(0.0421, q.markPrice());
        assertEquals(0.523, q.markIv(), 1e-15);
        assertTrue(Double.isNaN(q.bestAsk()), "an empty side is NaN");
        assertEquals(97250.4, q.underlyingPrice());
        assertEquals(842.1, q.openInterest());
    }

    @Test
    void perpetualAndOptionInstruments() throws Exception {
        Instrument perp = mapper.instrument(read("""
                {"instrument_name":"BTC-PERPETUAL","kind":"future","settlement_period":"perpetual",
                 "expiration_timestamp":32503708800000,"contract_size":10,"min_trade_amount":10,"tick_size":0.5,
                 "base_currency":"BTC","settlement_currency":"BTC","instrument_type":"reversed"}"""));
        assertEquals(InstrumentKind.PERPETUAL, perp.kind());
        assertEquals(Settlement.INVERSE, perp.settlement());
        assertNull(perp.expiry());
        assertEquals(10, perp.contractSize());

        Instrument put = mapper.instrument(read("""
                {"instrument_name":"BTC-27DEC24-90000-P","kind":"option","option_type":"put","strike":90000,
                 "expiration_timestamp":1735286400000,"contract_size":1,"min_trade_amount":0.1,"tick_size":0.0005,
                 "base_currency":"BTC","settlement_currency":"BTC","instrument_type":"reversed"}"""));
        assertEquals(OptionType.PUT, put.optionType());
        assertEquals(90000, put.strike());
        assertEquals(Instant.parse("2024-12-27T08:00:00Z"), put.expiry());
    }

    @Test
    void comboInstrumentsAreLeftOut() throws Exception {
        assertNull(mapper.instrument(read("""
                {"instrument_name":"BTC-FS-27DEC24_PERP","kind":"future_combo","base_currency":"BTC"}""")));
    }

    @Test
    void shortPositionIsSignedEvenWhenTheVenueSendsItUnsigned() throws Exception {
        assertEquals(-20, mapper.position(read("""
                {"instrument_name":"BTC-27DEC24-90000-P","direction":"sell","size":20}""")).size());
        assertEquals(-20, mapper.position(read("""
                {"instrument_name":"BTC-27DEC24-90000-P","direction":"sell","size":-20}""")).size());
    }

    @Test
    void indexNameMapsToItsUnderlying() throws Exception {
        assertEquals("BTC", mapper.index(read("""
                {"index_name":"btc_usd","price":97110.25,"timestamp":1735000000000}""")).underlying());
    }

    @Test
    void wrongTypesAndMissingFieldsAreNamedInTheError() throws Exception {
        MalformedMessageException e = assertThrows(MalformedMessageException.class, () -> mapper.quote(read("""
                {"instrument_name":"BTC-PERPETUAL","timestamp":1735000000000,"mark_price":"97000"}""")));
        assertTrue(e.getMessage().contains("mark_price"), e.getMessage());
        assertThrows(MalformedMessageException.class, () -> mapper.index(read("""
                {"index_name":"btc_usd","timestamp":1735000000000}""")));
    }

    @Test
    void signatureMatchesDeribitsPublishedVector() {
        assertEquals("e20c9cd5639d41f8bbc88f4d699c4baf94a4f0ee320e9a116b72743c449eb994",
                DeribitSignature.sign("ABCD", 1554883365000L, "fdbmmz79", ""));
        assertEquals("d175ffbe0221b0d6145f5be11dad48e12cb9916d24ed42233a7010761b144d3c",
                DeribitSignature.sign("ABCD", 1700000000000L, "abc123", "hedger"));
    }

    private JsonNode read(String text) throws Exception {
        return json.readTree(text);
    }
}
