package com.hedgeflow.views.preview;

import com.hedgeflow.engine.feed.FeedState;
import com.hedgeflow.engine.feed.FeedStatus;
import com.hedgeflow.engine.market.InstrumentKind;
import com.hedgeflow.engine.risk.BookGreeks;
import com.hedgeflow.engine.risk.PositionRisk;
import com.hedgeflow.engine.risk.RiskSnapshot;
import com.hedgeflow.engine.risk.UnderlyingRisk;
import com.hedgeflow.styles.Theme;
import com.hedgeflow.views.fx.SnapshotPump;
import com.hedgeflow.views.shell.WorkstationView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the workstation on a made-up, slowly moving book, to look at the screen without the app,
 * the engine or a venue: {@code java -cp <test classpath> com.hedgeflow.views.preview.Preview [light]}.
 * Not a test; the real window is wired in the app module.
 */
public final class PreviewApp extends Application {

    private static final String[] STRIKES = {"55000-P", "60000-P", "60000-C", "65000-C", "70000-C", "80000-C"};
    private static final String[] EXPIRIES = {"30MAY25", "27JUN25", "26SEP25"};

    private final ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "preview-engine");
        t.setDaemon(true);
        return t;
    });
    private SnapshotPump pump;
    private long sequence;


    @Override
    public void start(Stage stage) {
        Theme theme = getParameters().getRaw().contains("light") ? Theme.LIGHT : Theme.DARK;
        WorkstationView view = new WorkstationView(theme);
        Scene scene = new Scene(view.root(), WorkstationView.PREF_WIDTH, WorkstationView.PREF_HEIGHT);
        scene.getStylesheets().addAll(view.stylesheets());
        stage.setTitle("Hedgeflow");
        stage.setScene(scene);
        stage.show();
        pump = new SnapshotPump(view::render, Clock.systemUTC());
        pump.start();
        engine.scheduleAtFixedRate(() -> pump.offer(book(Instant.now())), 0, 100, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        engine.shutdownNow();
        pump.stop();
    }

    private RiskSnapshot book(Instant now) {
        sequence += 37;
        double t = now.toEpochMilli() / 1000.0;
        double btc = 64_210.5 + 180 * Math.sin(t / 20);
        double eth = 3_105.25 + 14 * Math.sin(t / 17);
        List<PositionRisk> positions = new ArrayList<>();
        double btcOptions = 0;
        double ethOptions = 0;
        positions.add(perp("BTC-PERPETUAL", "BTC", -420_000, btc));
        int i = 0;
        for (String expiry : EXPIRIES) {
            for (String strike : STRIKES) {
                i++;
                double size = ((i * 7) % 11 - 5) * 2.5;
                if (size == 0) {
                    continue;
                }
                boolean unpriced = i == 9;
                double k = Double.parseDouble(strike.substring(0, 5));
                boolean call = strike.endsWith("C");
                double moneyness = (btc - k) / btc;
                double unit = call ? 0.5 + 2.2 * moneyness : -0.5 + 2.2 * moneyness;
                unit = Math.max(call ? 0.02 : -0.98, Math.min(call ? 0.98 : -0.02, unit)) - 0.03;
                double mark = Math.max(0.0005, Math.abs(unit) * 0.09);
                double iv = 0.52 + 0.9 * moneyness * moneyness + 0.01 * (i % 3);
                double delta = unpriced ? Double.NaN : size * unit;
                if (!unpriced) {
                    btcOptions += delta;
                }
                positions.add(new PositionRisk("deribit", "BTC-" + expiry + "-" + strike, "BTC", InstrumentKind.OPTION,
                        size, unpriced ? Double.NaN : mark, unpriced ? Double.NaN : iv,
                        unpriced ? Double.NaN : unit, delta, delta * btc, "BTC", null, BookGreeks.NONE));
            }
        }
        positions.add(perp("ETH-PERPETUAL", "ETH", 150_000, eth));
        double ethUnit = 0.41 + 0.001 * Math.sin(t / 9);
        ethOptions = -120 * ethUnit;
        positions.add(new PositionRisk("deribit", "ETH-27JUN25-3500-C", "ETH", InstrumentKind.OPTION,
                -120, 0.0412, 0.681, ethUnit, ethOptions, ethOptions * eth, "ETH", null, BookGreeks.NONE));
        double btcFut = -420_000 / btc;
        double ethFut = 150_000 / eth;
        List<UnderlyingRisk> underlyings = List.of(
                new UnderlyingRisk("BTC", btc, btcOptions + btcFut, (btcOptions + btcFut) * btc, btcOptions, btcFut,
                        positions.size() - 2, 1, BookGreeks.NONE),
                new UnderlyingRisk("ETH", eth, ethOptions + ethFut, (ethOptions + ethFut) * eth, ethOptions, ethFut, 2, 0, BookGreeks.NONE));
        List<FeedStatus> feeds = List.of(
                new FeedStatus("deribit", "ws://127.0.0.1:18080/ws/api/v2", FeedState.CONNECTED, now.minusSeconds(600), 3, ""),
                new FeedStatus("binance", "ws://127.0.0.1:18081/ws", FeedState.RECONNECTING, now.minusSeconds(5), -1,
                        "connection refused; retry in 2 s"));
        return new RiskSnapshot(now, sequence, underlyings, positions, List.of(), feeds,
                Map.of("deribit", now.minusMillis(120), "binance", now.minusSeconds(5)), List.of());
    }

    private static PositionRisk perp(String name, String underlying, double usd, double index) {
        return new PositionRisk("deribit", name, underlying, InstrumentKind.PERPETUAL, usd, index + 6.5, Double.NaN,
                1.0 / index, usd / index, usd, "USD", null, BookGreeks.NONE);
    }
}
