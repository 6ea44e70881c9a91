package com.hedgeflow.engine.exposure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.market.Settlement;
import org.junit.jupiter.api.Test;

class OptionChainTest {

    @Test
    void groupsStrikesAndExpiriesAndGrowsPastItsFirstBlock() {
        OptionChain.Builder b = OptionChain.builder("ETH", 3_000);
        for (int i = 0; i < 150; i++) {
            double strike = 2_000 + 100 * (i % 30);
            double years = (1 + i / 30) / 52.0;
            b.add(i % 2 == 0 ? OptionType.CALL : OptionType.PUT, strike, years, 1.001, 0.7, Settlement.INVERSE, 1,
                    i, i % 7 == 0 ? -1 : 0);
        }
        OptionChain chain = b.build();
        assertEquals(150, chain.size());
        assertEquals(30, chain.strikeCount());
        assertEquals(5, chain.expiryCount());
        assertArrayEquals(new double[] {1 / 52.0, 2 / 52.0, 3 / 52.0, 4 / 52.0, 5 / 52.0}, chain.expiryYears());
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(chain.strikeUsd(i), chain.distinctStrikeUsd(chain.strikeSlot(i)));
            assertEquals(chain.years(i), chain.expiryYears()[chain.expirySlot(i)]);
        }
        assertEquals(149, chain.openInterestContracts(149));
        assertEquals(3_003, chain.forwardUsd(0), 1e-9);
        assertTrue(chain.hasOwnBook());
    }

    @Test
    void aNewIndexMovesEveryForwardAndKeepsTheRest() {
        OptionChain chain = StrikeGexTest.chain();
        OptionChain moved = chain.withSpot(110_000);
        assertEquals(110_000 * 1.01, moved.forwardUsd(0), 1e-9);
        assertEquals(chain.strikeUsd(3), moved.strikeUsd(3));
        assertEquals(chain.ownSizeCoin(3), moved.ownSizeCoin(3));
        assertEquals(100_000, chain.spotUsd());
        assertEquals(Settlement.LINEAR, moved.settlement(3));
        assertEquals(OptionType.PUT, moved.type(3));
    }

    @Test
    void rejectsWhatCannotBePriced() {
        OptionChain.Builder b = OptionChain.builder("BTC", 100_000);
        assertThrows(IllegalArgumentException.class,
                () -> b.add(OptionType.CALL, 100_000, 0.1, 1, Double.NaN, Settlement.INVERSE, 1, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> b.add(OptionType.CALL, -1, 0.1, 1, 0.5, Settlement.INVERSE, 1, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> b.add(OptionType.CALL, 100_000, 0.1, 0, 0.5, Settlement.INVERSE, 1, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> b.add(OptionType.CALL, 100_000, 0.1, 1, 0.5, Settlement.INVERSE, 1, -1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> b.add(OptionType.CALL, 100_000, 0.1, 1, 0.5, Settlement.INVERSE, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> OptionChain.builder("BTC", 0));
        assertThrows(IllegalArgumentException.class, () -> new SpotGrid(0.1, -0.1, 11));
        assertThrows(IllegalArgumentException.class, () -> new ExpiryFilter(1, 0));
        assertEquals(0, b.build().size());
    }

    @Test
    void expiryFilters() {
        assertTrue(ExpiryFilter.all().isAll());
        assertTrue(ExpiryFilter.only(0.25).includes(0.25));
        assertTrue(!ExpiryFilter.only(0.25).includes(0.2500001));
        assertTrue(ExpiryFilter.upTo(0.1).includes(0.0));
        assertTrue(!ExpiryFilter.upTo(0.1).includes(0.2));
    }
}
