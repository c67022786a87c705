/** A newsroom's tools as a module: it reads Crosscheck's exported packages, and only those. */
module com.example.newsroom {
  requires transitive org.crosscheck;

  exports com.example.newsroom;
}
