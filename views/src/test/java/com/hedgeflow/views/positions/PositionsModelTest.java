package com.hedgeflow.views.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.views.Books;
import com.hedgeflow.views.format.Figure;
import com.hedgeflow.views.format.Tone;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The row model needs no stage: plain JUnit. */
class PositionsModelTest {

    @Test
    void unitsFollowTheKindOfInstrument() {
        assertEquals(Figure.neutral("10.0 BTC"), PositionFigures.size(Books.call()));
        assertEquals(Figure.neutral("-150,000 USD"), PositionFigures.size(Books.perpetual()));
        assertEquals(Figure.neutral("0.0523"), PositionFigures.mark(Books.call()));
        assertEquals(Figure.neutral("$60,012.50"), PositionFigures.mark(Books.perpetual()));
        assertEquals(Figure.neutral("62.0"), PositionFigures.iv(Books.call()));
        assertEquals(Figure.BLANK, PositionFigures.iv(Books.perpetual()));
        assertEquals(new Figure("+3.0120", Tone.UP), PositionFigures.deltaCoin(Books.call()));
        assertEquals(new Figure("-2.5000", Tone.DOWN), PositionFigures.deltaCoin(Books.perpetual()));
        assertEquals(new Figure("+$180,720", Tone.UP), PositionFigures.deltaUsd(Books.call()));
    }

    @Test
    void aLinearPerpetualIsSizedInCoin() {
        PositionRisk linear = new PositionRisk("binance", "BTCUSDT", "BTC", InstrumentKind.PERPETUAL,
                -0.25, 60_000, Double.NaN, 1.0, -0.25, -15_000, "BTC", null, BookGreeks.NONE);
        assertEquals(Figure.neutral("-0.25 BTC"), PositionFigures.size(linear));
    }

    @Test
    void unpricedLinesShowADashNotNaN() {
        PositionRisk p = Books.unpricedCall();
        assertEquals(Figure.MISSING, PositionFigures.mark(p));
        assertEquals(Figure.MISSING, PositionFigures.iv(p));
        assertEquals(Figure.MISSING, PositionFigures.deltaCoin(p));
        assertEquals(Figure.MISSING, PositionFigures.deltaUsd(p));
        assertEquals("\u2014", Figure.MISSING.text());
    }

    @Test
    void rowsAreKeptAndUpdatedInPlace() {
        PositionsModel model = new PositionsModel();
        assertTrue(model.apply(Books.first().positions()));
        List<PositionRow> before = List.copyOf(model.rows());
        AtomicInteger listChanges = new AtomicInteger();
        model.rows().addListener((ListChangeListener<PositionRow>) c -> listChanges.incrementAndGet());

        assertFalse(model.apply(Books.second().positions()));

        assertEquals(0, listChanges.get(), "a value-only snapshot must not touch the list");
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), model.rows().get(i));
        }
        PositionRow perp = model.rows().get(0);
        assertEquals("BTC-PERPETUAL", perp.instrument());
        assertEquals("-300,000 USD", perp.sizeProperty().get().text());
        assertEquals("-4.9587", perp.deltaCoinProperty().get().text());
    }

    @Test
    void unchangedNumbersAreNotReformatted() {
        PositionsModel model = new PositionsModel();
        model.apply(Books.first().positions());
        PositionRow call = model.rows().get(1);
        Figure shown = call.deltaCoinProperty().get();
        model.apply(Books.second().positions());
        assertSame(shown, call.deltaCoinProperty().get());
    }

    @Test
    void rowsComeAndGoWithPositions() {
        PositionsModel model = new PositionsModel();
        model.apply(Books.first().positions());
        PositionRow call = model.rows().get(1);

        assertTrue(model.apply(List.of(Books.call())));
        assertEquals(1, model.rows().size());
        assertSame(call, model.rows().get(0));

        PositionRisk sameNameOtherVenue = new PositionRisk("deribit-testnet", "BTC-27JUN25-70000-C", "BTC",
                InstrumentKind.OPTION, 1, 0.05, 0.6, 0.3, 0.3, 18_000, "BTC", null, BookGreeks.NONE);
        assertTrue(model.apply(List.of(Books.call(), sameNameOtherVenue)));
        assertEquals(2, model.rows().size());
        assertEquals("BTC", model.singleUnderlying());
    }

    @Test
    void theDeltaHeaderNamesTheCoinAndTheConvention() {
        assertEquals("\u0394 BTC (prem-adj)", PositionsTable.deltaHeader("BTC"));
        assertEquals("\u0394 coin (prem-adj)", PositionsTable.deltaHeader(null));
    }
}
