package com.hedgeflow.app.cli;

import com.hedgeflow.engine.market.OptionType;
import com.hedgeflow.engine.pricing.InverseOption;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The contract and market inputs shared by {@code price} and {@code iv}. */
final class OptionInputs {

    @Option(names = "--type", required = true, paramLabel = "call|put", converter = TypeConverter.class,
            description = "call or put")
    OptionType type;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Underlying underlying;

    static final class Underlying {
        @Option(names = "--spot", paramLabel = "S", required = true,
                description = "Spot; the forward is then S·e^(rT), and delta and gamma are to spot.")
        Double spot;

        @Option(names = "--forward", paramLabel = "F", required = true,
                description = "Forward; delta and gamma are then to the forward (Black-76).")
        Double forward;
    }

    @Option(names = "--rate", paramLabel = "r", defaultValue = "0",
            description = "Continuous rate, decimal per year (default 0); it discounts.")
    double rate;

    @Option(names = "--strike", required = true, paramLabel = "K")
    double strike;

    @Option(names = "--expiry", required = true, paramLabel = "TENOR|INSTANT",
            description = "30d, 20w (365-day years), 0.25y, or an ISO instant such as 2026-12-25T08:00:00Z.")
    String expiry;

    @Option(names = "--settle", paramLabel = "usd|coin", defaultValue = "usd",
            description = "usd (default) or coin: coin-settled (inverse) options as Deribit's BTC options.")
    String settle;

    /** Checked after parsing: what picocli's types cannot say. */
    Resolved resolve(Instant now) {
        boolean coin = switch (settle.toLowerCase(Locale.ROOT)) {
            case "usd" -> false;
            case "coin" -> true;
            default -> throw new IllegalArgumentException("--settle must be usd or coin, got '" + settle + "'");
        };
        positive("--strike", strike);
        double underlyingPrice = underlying.spot != null ? underlying.spot : underlying.forward;
        positive(underlying.spot != null ? "--spot" : "--forward", underlyingPrice);
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("--rate must be a number");
        }
        double years = Expiry.years(expiry, now);
        double df = Math.exp(-rate * years);
        double forward = underlying.spot != null
                ? InverseOption.forwardFromSpot(underlying.spot, rate, years) : underlying.forward;
        return new Resolved(type, underlying.spot != null, underlyingPrice, forward, strike, years, rate, df, coin);
    }

    static void positive(String option, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(option + " must be a positive number, got " + value);
        }
    }

    /**
     * @param spotInput  whether the user gave a spot (greeks to spot) or a forward (greeks to the forward)
     * @param spotToday  the coin's USD value today: the spot, or df·F for a forward input
     */
    record Resolved(OptionType type, boolean spotInput, double underlying, double forward, double strike,
                    double years, double rate, double df, boolean coin) {
        double spotToday() {
            return spotInput ? underlying : df * forward;
        }
    }

    static final class TypeConverter implements picocli.CommandLine.ITypeConverter<OptionType> {
        @Override
        public OptionType convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "call", "c" -> {
                    return OptionType.CALL;
                }
                case "put", "p" -> {
                    return OptionType.PUT;
                }
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not an option type; use call or put");
            }
        }
    }
}
