package com.hedgeflow.views.delta;

import com.hedgeflow.engine.risk.UnderlyingRisk;
import com.hedgeflow.styles.Palette;
import com.hedgeflow.views.format.TraderFormat;
import com.hedgeflow.views.fx.SnapshotPump;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One underlying's net delta as a dashboard tile: coin as the big number (what a hedge is sized in),
 * USD under it (what the risk is worth), the options/futures split at the bottom.
 *
 * <p>The tile is built once and only its values change. Animation is off: snapshots arrive at up to
 * 4 Hz and TilesFX restarts its value animation on every set, which would leave the number always
 * mid-flight (javafx.md §5.4). Tiles do not read scene CSS, hence colours from the {@link Palette}.
 */
public final class NetDeltaTile {

    static final int DECIMALS = 4;

    private final Tile tile;
    private final Color up;
    private final Color down;
    private final Color neutral;

    private double shownCoin = Double.NaN;
    private double shownUsd = Double.NaN;
    private double shownOptions = Double.NaN;
    private double shownFutures = Double.NaN;
    private int shownUnpriced = -1;

    public NetDeltaTile(String underlying, Palette palette) {
        up = Color.web(palette.up());
        down = Color.web(palette.down());
        neutral = Color.web(palette.fg());
        Color muted = Color.web(palette.fgMuted());
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .prefSize(298, 212)
                .title(underlying + " NET DELTA")
                .unit(underlying)
                .decimals(DECIMALS)
                .locale(Locale.US)
                // The sign is the message (long or short the coin), so the tile shows it like the table.
                .customDecimalFormatEnabled(true)
                .customDecimalFormat(new DecimalFormat("+#,##0.0000;-#,##0.0000", DecimalFormatSymbols.getInstance(Locale.US)))
                .animated(false)
                .animationDuration(SnapshotPump.TICK_MILLIS)
                .value(0)
                .description(TraderFormat.EM_DASH)
                .descriptionAlignment(Pos.TOP_RIGHT)
                .text("")
                .textVisible(true)
                .textAlignment(TextAlignment.LEFT)
                .backgroundColor(Color.web(palette.surface()))
                .borderColor(Color.web(palette.border()))
                .borderWidth(1)
                .foregroundBaseColor(neutral)
                .titleColor(muted)
                .unitColor(muted)
                .textColor(muted)
                .valueColor(neutral)
                .descriptionColor(neutral)
                .roundedCorners(true)
                .build();
        tile.setId("net-delta-" + underlying);
        tile.getStyleClass().add("hf-net-delta-tile");
    }

    public Tile node() {
        return tile;
    }

    public void update(UnderlyingRisk risk) {
        double coin = risk.netDeltaCoin();
        if (Double.compare(coin, shownCoin) != 0) {
            tile.setValue(Double.isFinite(coin) ? coin : 0.0);
            tile.setValueColor(colourOf(TraderFormat.signed(coin, DECIMALS)));
            shownCoin = coin;
        }
        double usd = risk.netDeltaUsd();
        if (Double.compare(usd, shownUsd) != 0) {
            // Left in the neutral colour: the big coin number carries the sign colour, once is enough.
            tile.setDescription(TraderFormat.signedUsd(usd));
            shownUsd = usd;
        }
        if (Double.compare(risk.optionsDeltaCoin(), shownOptions) != 0
                || Double.compare(risk.futuresDeltaCoin(), shownFutures) != 0
                || risk.unpricedCount() != shownUnpriced) {
            tile.setText(breakdown(risk));
            shownOptions = risk.optionsDeltaCoin();
            shownFutures = risk.futuresDeltaCoin();
            shownUnpriced = risk.unpricedCount();
        }
    }

    /** Net delta leaves unpriced lines out; the tile must say so, or a flat-looking book could be wrong. */
    static String breakdown(UnderlyingRisk risk) {
        String split = "opt " + TraderFormat.signed(risk.optionsDeltaCoin(), DECIMALS)
                + "  \u00b7  fut " + TraderFormat.signed(risk.futuresDeltaCoin(), DECIMALS);
        return risk.unpricedCount() == 0 ? split : split + "  \u00b7  " + risk.unpricedCount() + " unpriced";
    }

    private Color colourOf(String signedText) {
        if (signedText.startsWith("+")) {
            return up;
        }
        return signedText.startsWith("-") ? down : neutral;
    }
}
