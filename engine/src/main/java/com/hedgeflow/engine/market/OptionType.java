package com.hedgeflow.engine.market;

public enum OptionType {
    CALL,
    PUT
}
