--TEST--
README documents every smtp.* setting with its default, opens with the demo and test commands, and its contents links reach its headings
--EXTENSIONS--
smtp
--FILE--
<?php
$readme = file_get_contents(dirname(__DIR__, 3) . '/README.md');

// Every setting has a row: | `smtp.x` | `default` | meaning |
$settings = ini_get_all('smtp');
$wrong = 0;
foreach ($settings as $name => $entry) {
    $row = preg_match('/^\| `' . preg_quote($name, '/') . '` \| `([^`]*)` \|/m', $readme, $m);
    if (!$row || $m[1] !== (string) $entry['global_value']) {
        echo $name, ': ', !$row ? 'NOT DOCUMENTED' : "documented with default '{$m[1]}', but it is '{$entry['global_value']}'", "\n";
        $wrong++;
    }
}
echo count($settings), ' smtp.* settings, ', $wrong, " not documented with their default\n";

// The first code block holds the two commands a reader runs first.
preg_match('/```sh\n(.*?)```/s', $readme, $m);
foreach (['bash scripts/demo.sh', 'bash tests/run.sh'] as $command) {
    echo $command, ': ', preg_match('/^' . preg_quote($command, '/') . '\b/m', $m[1] ?? '') ? 'first' : 'NOT FIRST', "\n";
}

// GitHub's anchors: lower case, punctuation but - and _ dropped, spaces as -.
preg_match_all('/^#{2,3} (.+)$/m', $readme, $h);
$anchors = array_map(fn ($t) => str_replace(' ', '-', preg_replace('/[^\w\- ]/u', '', strtolower($t))), $h[1]);
preg_match_all('/\]\(#([^)]+)\)/', $readme, $links);
$broken = array_diff(array_unique($links[1]), $anchors);
echo count(array_unique($links[1])), ' anchors linked', $broken ? ', broken: ' . implode(', ', $broken) : ', none broken', "\n";
?>
--EXPECTF--
%d smtp.* settings, 0 not documented with their default
bash scripts/demo.sh: first
bash tests/run.sh: first
%d anchors linked, none broken
