<?php
/*
 * php install.php /usr/share/wordpress/wp-load.php
 *
 * Run by setup.sh, with WORDPRESS_CONFIG and HTTP_HOST in the environment:
 * installs the site with wp_install(), as wp-admin/install.php does, unless
 * it is installed already. Prints one line saying which.
 */
define('WP_INSTALLING', true);

// wp_install() would mail the new site's credentials (this is pluggable, see
// wp-admin/includes/upgrade.php); the site is only ever used by the tests.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

require $argv[1];
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    echo 'WordPress ', get_bloginfo('version'), " already installed\n";
    exit(0);
}
$result = wp_install('smtp extension tests', 'admin', 'admin@example.test', false, '',
    wp_generate_password(24));
if (empty($result['user_id'])) {
    fwrite(STDERR, "wp_install() failed\n");
    exit(1);
}
echo 'WordPress ', get_bloginfo('version'), " installed\n";
