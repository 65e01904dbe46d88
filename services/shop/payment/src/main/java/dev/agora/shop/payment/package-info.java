@NullMarked
package dev.agora.shop.payment;

import org.jspecify.annotations.NullMarked;
