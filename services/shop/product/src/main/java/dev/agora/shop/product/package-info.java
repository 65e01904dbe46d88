@NullMarked
package dev.agora.shop.product;

import org.jspecify.annotations.NullMarked;
