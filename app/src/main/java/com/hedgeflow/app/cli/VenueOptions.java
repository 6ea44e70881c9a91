package com.hedgeflow.app.cli;

import com.hedgeflow.app.wiring.VenueChoice;
import com.hedgeflow.app.wiring.WorkstationOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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

    WorkstationOptions toOptions() {
        List<VenueChoice> chosen = venues.isEmpty() ? List.of(VenueChoice.SIM) : venues;
        return new WorkstationOptions(chosen, deribitUrl, seed);
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
