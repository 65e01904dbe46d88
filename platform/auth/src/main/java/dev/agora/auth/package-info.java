@NullMarked
package dev.agora.auth;

import org.jspecify.annotations.NullMarked;
