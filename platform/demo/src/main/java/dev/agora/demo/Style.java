package dev.agora.demo;

import dev.agora.shop.contracts.api.OrderStatus;

/** ANSI colours for a terminal, or none at all. */
final class Style {

    static final Style PLAIN = new Style(false);
    static final Style COLOURED = new Style(true);

    private final boolean ansi;

    private Style(boolean ansi) {
        this.ansi = ansi;
    }

    boolean ansi() {
        return ansi;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    String red(String text) {
        return wrap("31", text);
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    String cyan(String text) {
        return wrap("36", text);
    }

    /** An order status, coloured by what it means: confirmed, ended otherwise, or on its way. */
    String status(OrderStatus status) {
        var name = status.name();
        if (status == OrderStatus.CONFIRMED) return green(name);
        return status.isFinal() ? yellow(name) : cyan(name);
    }

    private String wrap(String code, String text) {
        return ansi ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
