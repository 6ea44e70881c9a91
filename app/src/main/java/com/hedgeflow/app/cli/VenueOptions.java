package com.hedgeflow.app.cli;

import com.hedgeflow.app.wiring.VenueChoice;
import com.hedgeflow.app.wiring.WorkstationOptions;
import com.hedgeflow.engine.analytics.AnalyticsSettings;
import com.hedgeflow.engine.exposure.DealerPositioning;
import com.hedgeflow.engine.hedging.HedgeMode;
import com.hedgeflow.engine.scenario.VolDynamics;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Which venues to connect to; shared by {@code gui} and {@code headless}. */
public final class VenueOptions {

    @Option(names = "--venue", paramLabel = "VENUE", split = ",", converter = VenueConverter.class,
            description = "sim (default), deribit, deribit-testnet; repeat or comma-separate for several.")
    List<VenueChoice> venues = new ArrayList<>();

    @Option(names = "--deribit-url", paramLabel = "URL", converter = WebSocketUrlConverter.class,
            description = "Any Deribit-compatible WebSocket endpoint, e.g. ws://127.0.0.1:8765/ws/api/v2 "
                    + "(a simulator started with `hedgeflow simulator`). Credentials from "
                    + "HEDGEFLOW_DERIBIT_CLIENT_ID / HEDGEFLOW_DERIBIT_CLIENT_SECRET.")
    URI deribitUrl;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the embedded simulator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dealer-positioning", paramLabel = "CONVENTION", defaultValue = "long-calls-short-puts",
            converter = PositioningConverter.class,
            description = "Who holds the market's open interest in market GEX, zero gamma and hedge flow: "
                    + "long-calls-short-puts (default), short-calls-long-puts, long-all, short-all.")
    DealerPositioning positioning;

    @Option(names = "--scenario-vol", paramLabel = "DYNAMICS", defaultValue = "sticky-strike",
            converter = DynamicsConverter.class,
            description = "How vols move with spot in scenarios: sticky-strike (default) or sticky-moneyness.")
    VolDynamics scenarioVol;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "off", converter = ModeConverter.class,
            description = "The hedger at start: off (default), manual (proposals wait for approval) or semi-auto "
                    + "(sends by itself inside its limits).")
    HedgeMode mode;

    WorkstationOptions toOptions() {
        List<VenueChoice> chosen = venues.isEmpty() ? List.of(VenueChoice.SIM) : venues;
        return new WorkstationOptions(chosen, deribitUrl, seed, new AnalyticsSettings(positioning, scenarioVol), mode);
    }

    static final class ModeConverter implements ITypeConverter<HedgeMode> {
        @Override
        public HedgeMode convert(String value) {
            for (HedgeMode m : HedgeMode.values()) {
                if (cliName(m, "").equals(value)) {
                    return m;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a mode; use off, manual or semi-auto");
        }
    }

    /** The enum names without their common prefix, in lower case with dashes: what a user types. */
    static String cliName(Enum<?> value, String prefix) {
        return value.name().substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class PositioningConverter implements ITypeConverter<DealerPositioning> {
        @Override
        public DealerPositioning convert(String value) {
            for (DealerPositioning p : DealerPositioning.values()) {
                if (cliName(p, "DEALERS_").equals(value)) {
                    return p;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a positioning; use long-calls-short-puts, "
                    + "short-calls-long-puts, long-all or short-all");
        }
    }

    static final class DynamicsConverter implements ITypeConverter<VolDynamics> {
        @Override
        public VolDynamics convert(String value) {
            for (VolDynamics d : VolDynamics.values()) {
                if (cliName(d, "").equals(value)) {
                    return d;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a vol dynamics; use sticky-strike or sticky-moneyness");
        }
    }

    static final class VenueConverter implements ITypeConverter<VenueChoice> {
        @Override
        public VenueChoice convert(String value) {
            try {
                return VenueChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class WebSocketUrlConverter implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            URI uri;
            try {
                uri = new URI(value);
            } catch (Exception e) {
                throw new TypeConversionException("'" + value + "' is not a URL");
            }
            if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new TypeConversionException("'" + value + "' is not a WebSocket URL (ws://host:port/path or wss://…)");
            }
            return uri;
        }
    }
}
