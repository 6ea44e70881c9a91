package com.hedgeflow.app.wiring;

import com.hedgeflow.connectors.common.ApiCredentials;
import java.util.Map;

/** API keys for headless use, from the environment variables of DESIGN.md §6. */
public final class Credentials {
    public static final String DERIBIT_CLIENT_ID = "HEDGEFLOW_DERIBIT_CLIENT_ID";
    public static final String DERIBIT_CLIENT_SECRET = "HEDGEFLOW_DERIBIT_CLIENT_SECRET";

    private Credentials() {
    }

    /** {@code null} when neither variable is set; an error when only one is, since that is a typo, not a choice. */
    public static ApiCredentials deribit(Map<String, String> env) {
        String id = env.get(DERIBIT_CLIENT_ID);
        String secret = env.get(DERIBIT_CLIENT_SECRET);
        boolean hasId = id != null && !id.isBlank();
        boolean hasSecret = secret != null && !secret.isBlank();
        if (!hasId && !hasSecret) {
            return null;
        }
        if (!hasId || !hasSecret) {
            throw new IllegalArgumentException("set both " + DERIBIT_CLIENT_ID + " and " + DERIBIT_CLIENT_SECRET
                    + ", or neither (market data only)");
        }
        return new ApiCredentials(id, secret);
    }
}
