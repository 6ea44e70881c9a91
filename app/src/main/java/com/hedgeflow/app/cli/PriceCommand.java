package com.hedgeflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hedgeflow.app.cli.OptionInputs.Resolved;
import com.hedgeflow.engine.pricing.Black76;
import com.hedgeflow.engine.pricing.BlackScholes;
import com.hedgeflow.engine.pricing.Greeks;
import com.hedgeflow.engine.pricing.InverseOption;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Price and greeks of one European option as one JSON line: vega per 1.00 of vol, theta and "
                + "charm per year, rho per 1.00 of rate.")
final class PriceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionInputs inputs;

    @Option(names = "--vol", required = true, paramLabel = "σ", description = "Volatility, decimal (0.62).")
    double vol;

    @Override
    public Integer call() {
        Resolved in = inputs.resolve(Instant.now());
        OptionInputs.positive("--vol", vol);
        Greeks g = in.spotInput()
                ? BlackScholes.greeks(in.type(), in.underlying(), in.strike(), vol, in.years(), in.rate())
                : Black76.greeks(in.type(), in.forward(), in.strike(), vol, in.years(), in.df());

        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("type", in.type().name().toLowerCase(Locale.ROOT));
        o.put(in.spotInput() ? "spot" : "forward", in.underlying());
        o.put("forward", in.forward());
        o.put("strike", in.strike());
        o.put("vol", vol);
        o.put("years", in.years());
        o.put("rate", in.rate());
        o.put("settle", in.coin() ? "coin" : "usd");
        o.put("price", g.price());
        if (in.coin()) {
            o.put("price_coin", g.price() / in.spotToday());
        }
        o.put("delta", g.delta());
        if (in.coin()) {
            o.put("delta_premium_adjusted",
                    InverseOption.premiumAdjustedDelta(in.type(), in.forward(), in.strike(), vol, in.years()));
        }
        o.put("gamma", g.gamma());
        o.put("vega_per_vol", g.vega());
        o.put("theta_per_year", g.theta());
        o.put("rho", g.rho());
        o.put("vanna", g.vanna());
        o.put("volga", g.volga());
        o.put("charm_per_year", g.charm());
        spec.commandLine().getOut().println(o);
        return 0;
    }
}
