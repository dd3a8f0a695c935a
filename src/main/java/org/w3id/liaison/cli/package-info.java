/**
 * The command line on top of the pipeline (picocli): {@code load}, {@code serve}, {@code extract}. Each
 * command's {@code --help} is its documentation.
 */
package org.w3id.liaison.cli;
