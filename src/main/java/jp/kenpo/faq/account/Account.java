package jp.kenpo.faq.account;

import java.util.Set;

/** A member of staff who logs in to the console, with the roles it grants ({@code agent}, {@code editor}). */
record Account(String name, String passwordHash, Set<String> roles) {}
