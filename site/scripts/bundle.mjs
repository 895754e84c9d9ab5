// The client bundle is written with the site's search client.
