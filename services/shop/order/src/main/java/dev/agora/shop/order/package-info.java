@NullMarked
package dev.agora.shop.order;

import org.jspecify.annotations.NullMarked;
