@NullMarked
package dev.agora.shop.inventory;

import org.jspecify.annotations.NullMarked;
