package dev.agora.shop.contracts;

/**
 * The shop's published limits, checked by every service before it computes or stores anything. Together they
 * bound every amount: the largest order ({@value #MAX_LINES} lines of {@value #MAX_QUANTITY} units at
 * {@value #MAX_UNIT_PRICE}, taxed at {@value #MAX_TAX_RATE}) totals {@code 200,000,000,000.00}, within
 * {@value #MAX_AMOUNT}, which is what the narrowest amount column ({@code numeric(14, 2)}, the order's totals)
 * holds. Raise one only together with the columns.
 */
public final class ShopLimits {

    /** Units of one product in one order line. */
    public static final int MAX_QUANTITY = 1000;

    /** Lines in one order. */
    public static final int MAX_LINES = 100;

    /** The highest unit price before tax. */
    public static final String MAX_UNIT_PRICE = "1000000.00";

    /** The highest tax rate: 100 %. */
    public static final String MAX_TAX_RATE = "1";

    /** The highest amount of anything: a total, a tax, a charge. */
    public static final String MAX_AMOUNT = "999999999999.99";

    /** Digits before the decimal point of {@link #MAX_AMOUNT}. */
    public static final int AMOUNT_INTEGER_DIGITS = 12;

    /** Amounts are in cents, never finer. */
    public static final int CENTS = 2;

    private ShopLimits() {}
}
