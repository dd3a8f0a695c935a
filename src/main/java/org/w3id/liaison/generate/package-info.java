/**
 * Made-up reports of the genre for benchmarks and scale tests: varied layouts and verbs, pools of officials,
 * posts, parties, countries, cities and initiatives, with the overlap of real years of news (a few officials
 * in many reports, most in few). Deterministic for a seed. Not part of the pipeline: it only writes files.
 */
package org.w3id.liaison.generate;
