@NullMarked
package dev.agora.shop.query;

import org.jspecify.annotations.NullMarked;
