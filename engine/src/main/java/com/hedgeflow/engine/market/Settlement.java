package com.hedgeflow.engine.market;

/**
 * How an instrument is margined and sized. The difference decides how a position turns into delta.
 */
public enum Settlement {
    /** Coin-margined: options priced in coin, perpetuals and futures sized in USD contracts (Deribit BTC). */
    INVERSE,
    /** Stable-coin margined: priced in USD(C/T), sized in coin. */
    LINEAR
}
