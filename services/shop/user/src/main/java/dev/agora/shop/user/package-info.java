@NullMarked
package dev.agora.shop.user;

import org.jspecify.annotations.NullMarked;
