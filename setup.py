"Package setup, read from settings.ini (nbdev 2 layout, no pkg_resources)."
from configparser import ConfigParser
import setuptools, shlex

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
lic = licenses[cfg['license']]
requirements = shlex.split(cfg.get('requirements', ''))
dev_requirements = shlex.split(cfg.get('dev_requirements', ''))
extras = dict(dev=dev_requirements,
              clip=['transformers>=4.40'],
              gemini=['google-genai==3.6.1'],                       # the maintained SDK (runs on httpx2); the version the tests run
              app=['streamlit>=1.67', 'opencv-python-headless<5'],  # opencv 5.x ships no Haar cascades
              webrtc=['streamlit>=1.67', 'opencv-python-headless<5', 'streamlit-webrtc'],
              kaggle=['kaggle==2.2.5', 'six'])                      # kaggle 2.2.5 imports six without declaring it
extras['all'] = sorted({r for v in extras.values() for r in v})
min_python = cfg['min_python']

setuptools.setup(
    name=cfg['lib_name'], version=cfg['version'],
    license=lic[0], description=cfg['description'],
    author=cfg['author'], author_email=cfg['author_email'],
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'License :: ' + lic[1], 'Natural Language :: ' + cfg['language'].title(),
                 'Programming Language :: Python :: 3'],
    keywords=cfg['keywords'].split(), url=cfg['git_url'], project_urls={'Source': cfg['git_url']},
    packages=setuptools.find_packages(include=['saga_nb', 'saga_nb.*']),
    include_package_data=True, install_requires=requirements, extras_require=extras,
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(), long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': cfg['console_scripts'].split(), 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
