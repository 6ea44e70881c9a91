package com.hedgeflow.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hedgeflow.app.cli.OptionInputs.Resolved;
import com.hedgeflow.engine.pricing.ImpliedVol;
import com.hedgeflow.engine.pricing.NoImpliedVolException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "iv", mixinStandardHelpOptions = true,
        description = "Implied vol of one European option price, as {\"iv\": …}; exits 2 when no vol produces the price.")
final class ImpliedVolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionInputs inputs;

    @Option(names = "--price", required = true, paramLabel = "P",
            description = "The option price: USD, or coin with --settle coin.")
    double price;

    @Override
    public Integer call() {
        Resolved in = inputs.resolve(Instant.now());
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("--price must be a number");
        }
        double usd = in.coin() ? price * in.spotToday() : price;
        double iv;
        try {
            iv = ImpliedVol.of(in.type(), in.forward(), in.strike(), in.years(), in.df(), usd);
        } catch (NoImpliedVolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        spec.commandLine().getOut().println(new ObjectMapper().createObjectNode().put("iv", iv));
        return 0;
    }
}
