@NullMarked
package dev.agora.shop.contracts.api;

import org.jspecify.annotations.NullMarked;
