/**
 * Writing the files a user made or gets (exports, screenshots, settings, the library) so that
 * nothing is overwritten that should not be and nothing is ever half written: {@link SafeFile}.
 * Depends on no other package of Clausewise.
 */
package org.clausewise.files;
