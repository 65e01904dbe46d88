package dev.agora.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration slice tests of this library start from. */
@SpringBootApplication
class WebTestApplication {}
