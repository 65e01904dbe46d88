@NullMarked
package dev.agora.shop.contracts.events;

import org.jspecify.annotations.NullMarked;
