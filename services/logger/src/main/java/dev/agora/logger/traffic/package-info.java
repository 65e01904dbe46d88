/**
 * The traffic of the log exchange: recording it, querying it over HTTP and forgetting it after the retention
 * period.
 */
@NullMarked
package dev.agora.logger.traffic;

import org.jspecify.annotations.NullMarked;
