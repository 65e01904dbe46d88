/** {@code ./agora bench orders}: the whole shop under load, sync against async orders. */
@NullMarked
package dev.agora.bench.orders;

import org.jspecify.annotations.NullMarked;
