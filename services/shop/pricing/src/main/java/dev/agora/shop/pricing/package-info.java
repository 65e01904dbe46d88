@NullMarked
package dev.agora.shop.pricing;

import org.jspecify.annotations.NullMarked;
