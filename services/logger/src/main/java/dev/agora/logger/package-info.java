@NullMarked
package dev.agora.logger;

import org.jspecify.annotations.NullMarked;
